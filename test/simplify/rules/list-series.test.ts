import {ruleCases} from './cases.js'

ruleCases('list-series', {
  "invalid": [
    {
      "input": "The review asks for a joined-up response from the new safeguarding board, from children's services, schools and the police.",
      "output": [
        "The review asks for a joined-up response from the new safeguarding board, from:",
        "- children's services",
        "- schools",
        "- the police"
      ]
    },
    {
      "input": "To create your Local Police Plan we have engaged and consulted with the public, stakeholders, community representatives and partners.",
      "output": [
        "To create your Local Police Plan we have engaged and consulted with:",
        "- the public",
        "- stakeholders",
        "- community representatives",
        "- partners"
      ]
    }
  ],
  "valid": [
    "The plan will be looked at again in 2030, taking account of the findings of the State of Our Rivers reports, new laws and what residents tell us.",
    "Poor diet and too little exercise add to a large share of the heart disease, stroke and diabetes that people in the town live with.",
    "Volunteers gave more than 12,500 hours last year in our parks, at the lido and at summer events across the borough.",
    "The work will need help from many groups across the borough, from tenants and small charities to the council, the NHS and local employers.",
    "Our plan will be looked at again next spring in the light of the annual survey and any new national laws, including the Planning and Infrastructure Bill.",
    "Every year we will report in public on our joint work with the police, the fire service and the Safer Streets and Communities Partnership.",
    "We describe how Police Scotland will continue to provide modern, visible and accessible policing to local communities."
  ]
})
