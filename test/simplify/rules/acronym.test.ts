import {ruleCases} from './cases.js'

ruleCases('acronym', {
  "invalid": [
    {
      "input": "We report to HMICS each year.",
      "output": [
        "We report to His Majesty's Inspectorate of Constabulary in Scotland (HMICS) each year."
      ]
    }
  ],
  "offered": [
    {
      "input": "We will run focus groups with BAME and seldom heard voices in the county.",
      "offered": "We will run focus groups with Black, Asian and Minority Ethnic (BAME) and seldom heard voices in the county."
    }
  ],
  "valid": [
    "The United Nations COP26 climate summit was held here.",
    "We report to the Scottish Police Authority (SPA) each year.",
    "Every resident can register with a GP near their home.",
    "The NHS and the council will share one front door.",
    "Our MP opened the new library in the spring."
  ]
})
