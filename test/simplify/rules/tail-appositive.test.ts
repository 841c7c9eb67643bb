import {ruleCases} from './cases.js'

ruleCases('tail-appositive', {
  "invalid": [
    {
      "input": "Lanarkshire has a population of two thirds of a million people, an eighth of the entire population of Scotland.",
      "output": [
        "Lanarkshire has a population of two thirds of a million people.",
        "This is an eighth of the entire population of Scotland."
      ]
    },
    // A line of the plan breaks inside the group (a wrapped Markdown paragraph, a PDF's lines): still read whole.
    {
      "input": "The division serves the areas of North Lanarkshire Council and South Lanarkshire Council, the fourth and fifth largest\nlocal authorities in Scotland.",
      "output": [
        "The division serves the areas of North Lanarkshire Council and South Lanarkshire Council.",
        "These are the fourth and fifth largest\nlocal authorities in Scotland."
      ]
    }
  ],
  "valid": [
    "Recent events have placed pressure on policing, and on the passing of Her Majesty, the late Queen Elizabeth II.",
    "We will work with the council, the fire and rescue service and other road safety stakeholders on the busiest routes."
  ]
})
