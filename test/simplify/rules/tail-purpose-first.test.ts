import {ruleCases} from './cases.js'

ruleCases('tail-purpose-first', {
  "invalid": [
    {
      "input": "To make the most of the availability of our dedicated officers and staff, we will analyse the volume and nature of demand for policing services.",
      "output": [
        "We will analyse the volume and nature of demand for policing services.",
        "This is to make the most of the availability of our dedicated officers and staff."
      ]
    }
  ],
  "valid": [
    "To create your Local Police Plan we have engaged and consulted with the public, stakeholders, community representatives and partners."
  ]
})
