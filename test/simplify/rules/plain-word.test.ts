import {ruleCases} from './cases.js'

ruleCases('plain-word', {
  "invalid": [
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
    }
  ],
  "offered": [
    {
      "plainWords": "shipped",
      "input": "Establish current and projected demographics through open source data",
      "offered": "Set up current and projected demographics through open source data"
    }
  ],
  "valid": [
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
    }
  ]
})
