import {ruleCases} from './cases.js'

ruleCases('tail-purpose', {
  "invalid": [
    {
      "input": "Our Local Police Plan priorities will be reviewed every year to make sure they remain current, meaningful and supportive of the wider partnership aims.",
      "output": [
        "Our Local Police Plan priorities will be reviewed every year.",
        "This is to make sure they remain current, meaningful and supportive of the wider partnership aims."
      ]
    }
  ],
  "valid": [
    "We want to encourage staff to try new ways of working with the young people of the town.",
    "We will always give our staff the chance to train with partners and learn new skills together."
  ]
})
