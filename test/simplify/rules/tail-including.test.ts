import {ruleCases} from './cases.js'

ruleCases('tail-including', {
  "invalid": [
    {
      "input": "The priorities were set following consideration of a range of sources including the analysis of current and new demand for policing services and the plans and aims of our partners.",
      "output": [
        "The priorities were set following consideration of a range of sources.",
        "These sources include the analysis of current and new demand for policing services and the plans and aims of our partners."
      ]
    }
  ],
  "offered": [
    {
      "input": "Our new plan has been shaped by a survey of the borough and by talks with more than 900 older people, neighbours, friends and carers, including members of the Pensioners' Forum.",
      "offered": "Our new plan has been shaped by a survey of the borough and by talks with more than 900 older people, neighbours, friends and carers. These carers include members of the Pensioners' Forum."
    },
    {
      "input": "To reach this goal, we will work closely with groups across the public, voluntary and private sectors, including the hospital trust and the local college.",
      "offered": "We will work closely with groups across the public, voluntary and private sectors. These sectors include the hospital trust and the local college."
    },
    {
      "input": "We are committed to listening and responding to all communities across Scotland, including those who do not often engage with policing.",
      "offered": "We are committed to listening and responding to all communities across Scotland. This includes those who do not often engage with policing."
    }
  ],
  "valid": [
    "Our strategic outcomes provide a clear route from the Scottish Government’s outcomes and priorities, including the Justice Strategy, through our plans."
  ]
})
