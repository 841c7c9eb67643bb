import {ruleCases} from './cases.js'

ruleCases('block-heading', {
  "invalid": [
    {
      "kind": "measures",
      "input": "How many people feel safe at night?",
      "output": [
        "How many people feel safe at night?"
      ]
    }
  ]
})
