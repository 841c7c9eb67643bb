import {ruleCases} from './cases.js'

ruleCases('tail-range', {
  "offered": [
    {
      "input": "There has been a lasting rise in online crime in recent years, from online fraud to child sexual exploitation.",
      "offered": "There has been a lasting rise in online crime in recent years. Examples range from online fraud to child sexual exploitation."
    }
  ],
  "valid": [
    "We moved the station from the high street to the old fire station in the spring.",
    "We will grow the number of places in the home care service, from forty to one hundred places."
  ]
})
