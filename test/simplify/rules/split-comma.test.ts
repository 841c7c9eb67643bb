import {ruleCases} from './cases.js'

ruleCases('split-comma', {
  "invalid": [
    {
      "input": "Policing in Lanarkshire is demanding, it is relentless and it is far more than a job to those who serve.",
      "output": [
        "Policing in Lanarkshire is demanding.",
        "It is relentless and it is far more than a job to those who serve."
      ]
    }
  ],
  "valid": [
    "Through intelligence led policing, we will identify hotspots and prolific offenders across every part of the county.",
    "Where it is needed most, we will put more officers on the streets of the town centre at night.",
    "The council declared a climate emergency in 2021 and has pledged to reach net zero by 2035; however, it is accepted that progress has been slower than we hoped."
  ]
})
