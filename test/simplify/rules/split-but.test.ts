import {ruleCases} from './cases.js'

ruleCases('split-but', {
  "invalid": [
    {
      "input": "Crime in the town centre fell sharply over the last three years, but reports of fraud against older people have risen every single month.",
      "output": [
        "Crime in the town centre fell sharply over the last three years.",
        "But reports of fraud against older people have risen every single month."
      ]
    }
  ],
  "valid": [
    "We will not only answer every call but also visit every home that has been burgled in the last year."
  ]
})
