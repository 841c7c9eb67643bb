import {ruleCases} from './cases.js'

ruleCases('split-including-aside', {
  "invalid": [
    {
      "input": "This is to improve our understanding of gender based abuse, including violence against women and girls, in Lanarkshire and reduce the harm it causes.",
      "output": [
        "This is to improve our understanding of gender based abuse in Lanarkshire and reduce the harm it causes.",
        "This abuse includes violence against women and girls."
      ]
    }
  ],
  "offered": [
    {
      "input": "Many of the things which shape the price of food, including fuel costs, the weather and world markets, are outside our control.",
      "offered": "Many of the things which shape the price of food are outside our control. This food includes fuel costs, the weather and world markets."
    }
  ],
  "valid": [
    "Our team will meet groups across the public and private sectors, including the hospital trust, the college, local charities and employers.",
    "Local officers are supported by regional and national specialist resources, including road policing, armed policing, dog units and major investigation teams."
  ]
})
