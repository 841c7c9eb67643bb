import {ruleCases} from './cases.js'

ruleCases('split-and-aside', {
  "invalid": [
    {
      "input": "We will identify options to transform our existing estate and, where possible, share buildings with partners in a way that best serves the public.",
      "output": [
        "We will identify options to transform our existing estate.",
        "Where possible, we will share buildings with partners in a way that best serves the public."
      ]
    }
  ],
  "valid": [
    "We will work with schools, youth clubs and, in the summer, sports groups to keep young people safe."
  ]
})
