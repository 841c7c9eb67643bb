import {ruleCases} from './cases.js'

ruleCases('tail-participle', {
  "invalid": [
    {
      "input": "We will continue to be a key contributor to local joint planning and delivery, helping drive a shift to prevention and early intervention across services.",
      "output": [
        "We will continue to be a key contributor to local joint planning and delivery.",
        "We will help drive a shift to prevention and early intervention across services."
      ]
    }
  ],
  "valid": [
    "Procurement of and demand for goods and services will remain under scrutiny, ensuring resources are used in the most efficient way possible to meet the greatest need."
  ]
})
