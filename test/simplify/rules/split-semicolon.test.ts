import {ruleCases} from './cases.js'

ruleCases('split-semicolon', {
  "invalid": [
    {
      "input": "We will review every case within a week; our officers will then visit each family that asked for help.",
      "output": [
        "We will review every case within a week.",
        "Our officers will then visit each family that asked for help."
      ]
    }
  ],
  "valid": [
    "As the plan has said many times before; we will keep listening to the people of Riverside every year.",
    "We will deliver three things across the whole of the county; better roads, safer streets and quicker answers."
  ]
})
