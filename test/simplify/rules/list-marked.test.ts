import {ruleCases} from './cases.js'

ruleCases('list-marked', {
  "invalid": [
    {
      "input": "My Local Police Plan for 2023-26 sets out three key priorities; Protecting our communities, Safeguarding our citizens and Enhancing our service.",
      "output": [
        "My Local Police Plan for 2023-26 sets out three key priorities:",
        "- Protecting our communities",
        "- Safeguarding our citizens",
        "- Enhancing our service"
      ]
    }
  ],
  "valid": [
    "We work with the public, partners and schools."
  ]
})
