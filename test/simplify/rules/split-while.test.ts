import {ruleCases} from './cases.js'

ruleCases('split-while', {
  "invalid": [
    {
      "input": "We will do everything we can to bring offenders to justice, while safeguarding those who have taken the brave step to report such dreadful behaviour.",
      "output": [
        "We will do everything we can to bring offenders to justice.",
        "We will also safeguard those who have taken the brave step to report such dreadful behaviour."
      ]
    }
  ],
  "valid": [
    "Partners are firm in their shared determination to reduce poverty and vulnerability, while increasing educational results and growth."
  ]
})
