import {ruleCases} from './cases.js'

ruleCases('list-verbs', {
  "invalid": [
    {
      "input": "We will send a clear leaflet to every home, train our staff in the new rules and work with housing providers to improve shared bin areas.",
      "output": [
        "We will:",
        "- send a clear leaflet to every home",
        "- train our staff in the new rules",
        "- work with housing providers to improve shared bin areas"
      ]
    },
    {
      "input": "We will continue to develop our investigative capability in this field, offer advice and education inputs about online safety and support victims of such crimes.",
      "output": [
        "We will:",
        "- continue to develop our investigative capability in this field",
        "- offer advice and education inputs about online safety",
        "- support victims of such crimes"
      ]
    }
  ],
  "valid": [
    "We will carry out a training framework, mentoring programme and go after joint development chances with partners.",
    "We will turn them into community hubs where people can get advice, use computers and meet others.",
    "We will build a new centre where young people can learn skills, find work and make friends."
  ]
})
