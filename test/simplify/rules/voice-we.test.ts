import {ruleCases} from './cases.js'

ruleCases('voice-we', {
  "invalid": [
    {
      "we": [
        "Lanarkshire Division"
      ],
      "input": "Lanarkshire Division serves the local authority areas of North and South Lanarkshire.",
      "output": [
        "We serve the local authority areas of North and South Lanarkshire."
      ]
    }
  ],
  "valid": [
    {
      "we": [
        "Lanarkshire Division"
      ],
      "input": "All officers in Lanarkshire Division will police with courage."
    }
  ]
})
