import {ruleCases} from './cases.js'

ruleCases('split-which', {
  "invalid": [
    {
      "input": "The Plan for North Lanarkshire and the South Lanarkshire Community Plan both provide a clear framework, which helps partners to come together around a shared aim and a series of priorities.",
      "output": [
        "The Plan for North Lanarkshire and the South Lanarkshire Community Plan both provide a clear framework.",
        "This helps partners to come together around a shared aim and a series of priorities."
      ]
    }
  ],
  "offered": [
    {
      "input": "Partners are firm in their shared determination to reduce poverty and vulnerability, while increasing educational results and growth, which contributes to safety and security.",
      "offered": "Partners are firm in their shared determination to reduce poverty and vulnerability, while increasing educational results and growth. This contributes to safety and security."
    }
  ],
  "valid": [
    "We will publish a short report every spring which sets out what we did."
  ]
})
