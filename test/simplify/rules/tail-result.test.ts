import {ruleCases} from './cases.js'

ruleCases('tail-result', {
  "offered": [
    {
      "input": "Our strategic outcomes provide a clear route from the Scottish Government’s outcomes and priorities through Police Scotland’s strategies, helping us to show alignment and clearly explain our aims.",
      "offered": "Our strategic outcomes provide a clear route from the Scottish Government’s outcomes and priorities through Police Scotland’s strategies. This helps us to show alignment and clearly explain our aims."
    }
  ],
  "valid": [
    "Everyone has a role to play in improving financial sustainability, making efficient use of resources and getting rid of waste."
  ]
})
