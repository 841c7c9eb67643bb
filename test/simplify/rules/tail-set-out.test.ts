import {ruleCases} from './cases.js'

ruleCases('tail-set-out', {
  "invalid": [
    {
      "input": "We understand our shared responsibility to make sure that our services are trauma-informed and person-centred as outlined in the Scottish Government’s Vision for Justice.",
      "output": [
        "We understand our shared responsibility to make sure that our services are trauma-informed and person-centred.",
        "This is set out in the Scottish Government’s Vision for Justice."
      ]
    }
  ],
  "valid": [
    "We will do the work as outlined in the plan, with the council, the schools and the health board."
  ]
})
