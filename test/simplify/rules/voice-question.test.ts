import {ruleCases} from './cases.js'

ruleCases('voice-question', {
  "invalid": [
    {
      "we": [
        "Lanarkshire Division"
      ],
      "input": "How effective is Lanarkshire Division at generating and sharing intelligence on people at serious risk of harm?",
      "output": [
        "How well do we generate and share intelligence on people at serious risk of harm?"
      ]
    }
  ],
  "valid": [
    {
      "we": [
        "Lanarkshire Division"
      ],
      "input": "How effective is the council at gritting the roads in winter?"
    }
  ]
})
