import {ruleCases} from './cases.js'

ruleCases('list-series', {
  "invalid": [
    {
      "input": "To create your Local Police Plan we have engaged and consulted with the public, stakeholders, community representatives and partners.",
      "output": [
        "To create your Local Police Plan we have engaged and consulted with:",
        "- the public",
        "- stakeholders",
        "- community representatives",
        "- partners"
      ]
    }
  ],
  "valid": [
    "We describe how Police Scotland will continue to provide modern, visible and accessible policing to local communities."
  ]
})
