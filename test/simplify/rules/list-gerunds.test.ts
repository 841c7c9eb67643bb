import {ruleCases} from './cases.js'

ruleCases('list-gerunds', {
  "invalid": [
    {
      "input": "Everyone has a role to play in improving financial sustainability, making efficient use of resources and getting rid of waste to deliver best value.",
      "output": [
        "Everyone has a role to play in:",
        "- improving financial sustainability",
        "- making efficient use of resources",
        "- getting rid of waste to deliver best value"
      ]
    }
  ],
  "valid": [
    "This includes working hard to reduce the impact of our activity, estates and fleet on the environment."
  ]
})
