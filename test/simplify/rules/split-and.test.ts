import {ruleCases} from './cases.js'

ruleCases('split-and', {
  "invalid": [
    {
      "input": "Policing in Scotland is very varied, and we recognise the differences and strengths of communities across the country.",
      "output": [
        "Policing in Scotland is very varied.",
        "We recognise the differences and strengths of communities across the country."
      ]
    },
    {
      "input": "Each of the four policing areas is led by a Local Area Commander in the rank of Chief Inspector and they are responsible for delivery of the Local Policing Plan priorities in their respective areas.",
      "output": [
        "Each of the four policing areas is led by a Local Area Commander in the rank of Chief Inspector.",
        "They are responsible for delivery of the Local Policing Plan priorities in their respective areas."
      ]
    }
  ],
  "valid": [
    "reported burglaries fell by around 12 per cent across the district in the year, and repeat burglary remains rare;",
    "The Housing Act 2004 and the Care Act 2014 have both added to the duties of the council towards people who need help.",
    "In the past year we have watched energy bills rise sharply, local wages stand still, and many older people left alone in cold homes over the winter.",
    "We will deploy our resources proactively to the places and times where they will have the greatest impact.",
    "We will develop and implement a multiagency action plan to proactively target the people who cause the most harm.",
    "Measures will include the number of people using the service, recovery rates, and the proportion of children seen within four weeks of referral.",
    "Our figures will cover waiting times, staff costs, and the number of people who wait more than a year for a first appointment.",
    "This plan is in line with the regional economic plan, the district local plan for housing and land use, and the wellbeing strategy agreed by the health board.",
    "Our work follows the county transport plan, the local housing strategy for rural areas, and the green spaces strategy adopted by the cabinet in May.",
    "This strategy replaces the Library Review 2019 and the Reading Plan agreed in 2021.",
    "The way we heat our buildings is one of the biggest parts of our carbon footprint, and one of the places where staff can make the quickest savings."
  ]
})
