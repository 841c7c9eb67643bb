import {ruleCases} from './cases.js'

ruleCases('tail-series', {
  "invalid": [
    {
      "input": "Deliver multiagency activity in support of Lanarkshire Road Safety Governance Board’s four key pillars; prevention, engineering, engagement and enforcement",
      "kind": "milestones",
      "output": [
        "We will deliver multiagency activity in support of Lanarkshire Road Safety Governance Board’s four key pillars.",
        "These are prevention, engineering, engagement and enforcement."
      ]
    }
  ],
  "valid": [
    "We will deliver three things across the county in the next year; better roads and safer streets for all of us."
  ]
})
