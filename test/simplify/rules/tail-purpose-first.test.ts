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
    "To reach this goal, we will work closely with groups across the public, voluntary and private sectors, including the hospital trust, the college, local charities and employers.",
    "To create your Local Police Plan we have engaged and consulted with the public, stakeholders, community representatives and partners."
  ]
})
