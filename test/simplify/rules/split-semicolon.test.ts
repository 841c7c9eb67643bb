import {ruleCases} from './cases.js'

ruleCases('split-semicolon', {
  "invalid": [
    {
      "input": "We will review every case within a week; our officers will then visit each family that asked for help.",
      "output": [
        "We will review every case within a week.",
        "Our officers will then visit each family that asked for help."
      ]
    },
    {
      "input": "The council declared a climate emergency in 2021 and has pledged to reach net zero by 2035; however, it is accepted that progress has been slower than we hoped.",
      "output": [
        "The council declared a climate emergency in 2021.",
        "The council has pledged to reach net zero by 2035.",
        "However, it is accepted that progress has been slower than we hoped."
      ]
    }
  ],
  "valid": [
    "As the plan has said many times before; we will keep listening to the people of Riverside every year.",
    "We will deliver three things across the whole of the county; better roads, safer streets and quicker answers."
  ]
})
