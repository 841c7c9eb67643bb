import {ruleCases} from './cases.js'

ruleCases('split-who', {
  "invalid": [
    {
      "input": "We are led by a Local Police Commander in the rank of Chief Superintendent, who is supported by three Superintendents and one Detective Superintendent.",
      "output": [
        "We are led by a Local Police Commander in the rank of Chief Superintendent.",
        "This person is supported by three Superintendents and one Detective Superintendent."
      ]
    }
  ],
  "valid": [
    "We will listen to the people who live and work in the town centre every single week of the year."
  ]
})
