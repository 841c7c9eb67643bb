import {ruleCases} from './cases.js'

ruleCases('split-while', {
  "invalid": [
    {
      "input": "We will do everything we can to bring offenders to justice, while safeguarding those who have taken the brave step to report such dreadful behaviour.",
      "output": [
        "We will do everything we can to bring offenders to justice.",
        "We will also safeguard those who have taken the brave step to report such dreadful behaviour."
      ]
    },
    {
      "input": "We'll plant 500 trees in the east of the city by 2027, while keeping the open views people enjoy.",
      "output": [
        "We'll plant 500 trees in the east of the city by 2027.",
        "We will also keep the open views people enjoy."
      ]
    }
  ],
  "valid": [
    "Partners are firm in their shared determination to reduce poverty and vulnerability, while increasing educational results and growth."
  ]
})
