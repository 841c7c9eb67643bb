import {ruleCases} from './cases.js'

ruleCases('plan-code', {
  "invalid": [
    {
      "kind": "update",
      "input": "Y1-3, Q2 & Q4",
      "output": [
        "We will report on this twice a year, for all 3 years of the plan."
      ]
    }
  ],
  "valid": [
    {
      "kind": "update",
      "input": "Every spring"
    }
  ]
})
