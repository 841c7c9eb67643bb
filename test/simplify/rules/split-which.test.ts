import {ruleCases} from './cases.js'

ruleCases('split-which', {
  "invalid": [
    {
      "input": "The Plan for North Lanarkshire and the South Lanarkshire Community Plan both provide a clear framework, which helps partners to come together around a shared aim and a series of priorities.",
      "output": [
        "The Plan for North Lanarkshire and the South Lanarkshire Community Plan both provide a clear framework.",
        "This helps partners to come together around a shared aim and a series of priorities."
      ]
    },
    {
      "input": "We are pleased to publish this corporate plan, which describes how we will work with residents over the next four years.",
      "output": [
        "We are pleased to publish this corporate plan.",
        "This describes how we will work with residents over the next four years."
      ]
    }
  ],
  "offered": [
    {
      "input": "Partners are firm in their shared determination to reduce poverty and vulnerability, while increasing educational results and growth, which contributes to safety and security.",
      "offered": "Partners are firm in their shared determination to reduce poverty and vulnerability, while increasing educational results and growth. This contributes to safety and security."
    },
    {
      "input": "A new advice scheme will be set up across the three priority wards, which will help people with debt and benefits.",
      "offered": "A new advice scheme will be set up across the three priority wards. These will help people with debt and benefits."
    },
    {
      "input": "We will measure resident satisfaction with their local area, which will be captured through the yearly residents survey.",
      "offered": "We will measure resident satisfaction with their local area. This will be captured through the yearly residents survey."
    },
    {
      "input": "Progress will be measured through the annual emissions report, the household recycling rate, which stands at forty per cent.",
      "offered": "Progress will be measured through the annual emissions report, the household recycling rate. This stands at forty per cent."
    },
    {
      "input": "This is to reduce loneliness, which remains a serious worry for older people in the villages.",
      "offered": "This is to reduce loneliness. This remains a serious worry for older people in the villages."
    },
    {
      "input": "Delivery of this strategy will be overseen by the Parks and Open Spaces Board, which reports to the council's Cabinet.",
      "offered": "Delivery of this strategy will be overseen by the Parks and Open Spaces Board. This reports to the council's Cabinet."
    }
  ],
  "valid": [
    "We will publish a short report every spring which sets out what we did.",
    "We will start a new prevention programme, which will focus on heart disease and which will be delivered with local pharmacies.",
    "We will expand the home care service, which helps people to stay in their own homes, from forty to one hundred places."
  ]
})
