import {ruleCases} from './cases.js'

ruleCases('plain-word', {
  "invalid": [
    {
      "plainWords": "shipped",
      "input": "We have mitigated the risk of flooding along the river.",
      "output": [
        "We have reduced the risk of flooding along the river."
      ]
    },
    {
      "plainWords": "shipped",
      "input": "We will utilise the extra funding to commence work on the new station.",
      "output": [
        "We will use the extra funding to start work on the new station."
      ]
    },
    {
      "plainWords": "shipped",
      "input": "Every officer will have an opportunity to train with partners.",
      "output": [
        "Every officer will have a chance to train with partners."
      ]
    },
    {
      "plainWords": "shipped",
      "input": "Gender based abuse is utterly abhorrent.",
      "output": [
        "Gender based abuse is utterly terrible."
      ]
    },
    {
      "plainWords": "shipped",
      "input": "The grant will enable residents to insulate their homes.",
      "output": [
        "The grant will help residents to insulate their homes."
      ]
    },
    {
      "plainWords": "shipped",
      "input": "We will maximise the use of our buildings.",
      "output": [
        "We will make the most of our buildings."
      ]
    },
    {
      "plainWords": "shipped",
      "input": "Most older people reside in the north of the borough.",
      "output": [
        "Most older people live in the north of the borough."
      ]
    },
    {
      "plainWords": "shipped",
      "input": "The two councils will keep their respective budgets.",
      "output": [
        "The two councils will keep their own budgets."
      ]
    }
  ],
  "offered": [
    {
      "plainWords": "shipped",
      "input": "We will close the gaps in pay that persist across the county.",
      "offered": "We will close the gaps in pay that still exist across the county."
    },
    {
      "plainWords": "shipped",
      "input": "The scheme is paid for by grants, retained Business Rates income and council reserves.",
      "offered": "The scheme is paid for by grants, kept Business Rates income and council reserves."
    },
    {
      "plainWords": "shipped",
      "input": "Each school will be overseen by the trust board in respect of its budget.",
      "offered": "Each school will be overseen by the trust board about its budget."
    },
    {
      "plainWords": "shipped",
      "input": "Establish current and projected demographics through open source data",
      "offered": "Set up current and projected demographics through open source data"
    },
    {
      "plainWords": "shipped",
      "input": "A campaign will run to maximise participation in the recycling scheme.",
      "offered": "A campaign will run to make the most of participation in the recycling scheme."
    },
    {
      "plainWords": "shipped",
      "input": "We will procure a new cleaning contract in 2026.",
      "offered": "We will buy a new cleaning contract in 2026."
    },
    {
      "plainWords": "shipped",
      "input": "The council will review the payment mechanism for day care by March.",
      "offered": "The council will review the payment way for day care by March."
    },
    {
      "plainWords": "shipped",
      "input": "I am proud to present this strategy on behalf of the Cabinet.",
      "offered": "I am proud to present this strategy for the Cabinet."
    },
    {
      "plainWords": "shipped",
      "input": "Visits rose by 8% on the previous year.",
      "offered": "Visits rose by 8% on the earlier year."
    }
  ],
  "valid": [
    {
      "plainWords": "shipped",
      "input": "We will set up a forum to facilitate peer-to-peer learning and to share good practice across the county."
    },
    {
      "plainWords": "shipped",
      "input": "Mitigating steps are listed in the annex to this report."
    },
    {
      "plainWords": "shipped",
      "input": "The number of drugs deaths in the county is simply unacceptable."
    },
    {
      "plainWords": "shipped",
      "input": "This model optimises the availability of police resources."
    },
    {
      "plainWords": "shipped",
      "input": "This is one of the most significant risks we face."
    },
    {
      "plainWords": "shipped",
      "input": "We will work alongside our partners in the town."
    },
    {
      "plainWords": "shipped",
      "input": "Our plan will be reviewed regularly by the board."
    },
    {
      "plainWords": "shipped",
      "input": "This plan can be made available in various alternative formats."
    },
    {
      "plainWords": "shipped",
      "input": "We will improve our support for those identified as being at most risk of harm."
    },
    {
      "plainWords": "shipped",
      "input": "We will offer joint training opportunities to new staff."
    },
    {
      "plainWords": "shipped",
      "input": "They said ‘we must utilise every officer’ at the meeting."
    },
    {
      "plainWords": "shipped",
      "input": "A new scheme will facilitate access to advice on debt and benefits."
    },
    {
      "plainWords": "shipped",
      "input": "The new team will facilitate a two-hour response for people at risk."
    },
    {
      "plainWords": "shipped",
      "input": "This funding enables the delivery of new homes in the town centre."
    },
    {
      "plainWords": "shipped",
      "input": "Patients with no criteria to reside will be discharged sooner."
    },
    {
      "plainWords": "shipped",
      "input": "We count the patients with no criteria to reside in hospital."
    },
    {
      "plainWords": "shipped",
      "input": "We will put residents at the heart of every decision we make."
    },
    {
      "plainWords": "shipped",
      "input": "There is an insufficient supply of homes for older people."
    },
    {
      "plainWords": "shipped",
      "input": "We will take steps to mitigate against the risk of flooding."
    },
    {
      "plainWords": "shipped",
      "input": "Any changes subsequent to the review will be shared with the board."
    },
    {
      "plainWords": "shipped",
      "input": "The respective teams will share one office."
    }
  ]
})
