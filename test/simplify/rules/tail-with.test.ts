import {ruleCases} from './cases.js'

ruleCases('tail-with', {
  "invalid": [
    {
      "input": "There are 96 bus shelters on the main routes, most of them near schools, with 14 of these being in need of new roofs.",
      "output": [
        "There are 96 bus shelters on the main routes, most of them near schools.",
        "14 of these are in need of new roofs."
      ]
    },
    {
      "input": "Late arrival at school is still a serious worry for the county, with 12.5% of younger pupils arriving after the register closes.",
      "output": [
        "Late arrival at school is still a serious worry for the county.",
        "12.5% of younger pupils are arriving after the register closes."
      ]
    },
    {
      "input": "The cost of living crisis is having a profound impact on people, families and communities, with our most vulnerable citizens experiencing the most acute pressure.",
      "output": [
        "The cost of living crisis is having a profound impact on people, families and communities.",
        "Our most vulnerable citizens are experiencing the most acute pressure."
      ]
    },
    {
      "input": "The number of young carers is rising across the borough, with many of them caring for a parent with a long illness.",
      "output": [
        "The number of young carers is rising across the borough.",
        "Many of them are caring for a parent with a long illness."
      ]
    }
  ],
  "offered": [
    {
      "input": "They link to wider community planning arrangements across the county, with Local Outcome Improvement Plans taken into account in their development.",
      "offered": "They link to wider community planning arrangements across the county. Local Outcome Improvement Plans are taken into account in their development."
    },
    {
      "input": "New food bins will arrive in May for houses, with all flats following by October under a separate scheme.",
      "offered": "New food bins will arrive in May for houses. All flats will be following by October under a separate scheme."
    }
  ],
  "valid": [
    "We know there is more to do, with the number of visitors having fallen since 2021 and the cost of upkeep rising every year.",
    "We will work with our partners across the whole county with care and with courage every day.",
    "The fleet causes 40% of our emissions, with offices, street lights and staff travel making up most of the rest."
  ]
})
