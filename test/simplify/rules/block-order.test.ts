import {ruleCases} from './cases.js'

ruleCases('block-order', {
  "invalid": [
    {
      "kind": "objective",
      "input": "Keep people safe in the physical and digital world",
      "output": [
        "We want to keep people safe in the physical and digital world."
      ]
    }
  ],
  "valid": [
    {
      "kind": "objective",
      "input": "We keep people safe in the physical and digital world."
    }
  ]
})
