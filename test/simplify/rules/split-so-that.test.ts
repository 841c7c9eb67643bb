import {ruleCases} from './cases.js'

ruleCases('split-so-that', {
  "invalid": [
    {
      "input": "We will share what we learn from every serious crash with the council and the fire service so that the worst roads can be made safer.",
      "output": [
        "We will share what we learn from every serious crash with the council and the fire service.",
        "This is so that the worst roads can be made safer."
      ]
    }
  ],
  "valid": [
    "We will introduce a wellbeing programme for officers and staff, review our operating model so that resources are matched to the times and places of greatest demand, and invest in training and leadership development at every level."
  ],
  "offered": [
    {
      "input": "The museum will fit new windows and better heating in the main hall so that it uses less energy each winter.",
      "offered": "The museum will fit new windows and better heating in the main hall. This is so that it uses less energy each winter."
    }
  ]
})
