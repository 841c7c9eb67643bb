import {ruleCases} from './cases.js'

ruleCases('tail-participle', {
  "invalid": [
    {
      "input": "We will publish a short report on the service each spring, drawing on national figures such as the Housing Survey and on our own records.",
      "output": [
        "We will publish a short report on the service each spring.",
        "We will draw on national figures such as the Housing Survey and on our own records."
      ]
    },
    {
      "input": "We will listen to tenants who have used the service, running a yearly survey and holding regular meetings with a residents' panel.",
      "output": [
        "We will listen to tenants who have used the service.",
        "We will run a yearly survey and hold regular meetings with a residents' panel."
      ]
    },
    {
      "input": "We will continue to be a key contributor to local joint planning and delivery, helping drive a shift to prevention and early intervention across services.",
      "output": [
        "We will continue to be a key contributor to local joint planning and delivery.",
        "We will help drive a shift to prevention and early intervention across services."
      ]
    },
    {
      "input": "We will deploy our officers where they are needed most across the county, strengthening our resilience to major events.",
      "output": [
        "We will deploy our officers where they are needed most across the county.",
        "We will strengthen our resilience to major events."
      ]
    },
    {
      "input": "We will open two new play areas in the town, improving the park for families and children.",
      "output": [
        "We will open two new play areas in the town.",
        "We will improve the park for families and children."
      ]
    }
  ],
  "offered": [
    {
      "input": "The new hub will open next spring at the town hospital, reducing the number of patients who wait too long for an operation.",
      "offered": "The new hub will open next spring at the town hospital. The new hub will reduce the number of patients who wait too long for an operation."
    }
  ],
  "valid": [
    "We will track the new measures, drawing on council records and on what tenants tell us, and report on them to the board each year.",
    "We will cut waiting times for repairs by hiring more trades staff, simplifying the way tenants report a fault and opening a repairs line at weekends.",
    "Procurement of and demand for goods and services will remain under scrutiny, ensuring resources are used in the most efficient way possible to meet the greatest need.",
    "Elective capacity will be expanded through a new surgical hub at the community hospital, reducing the number of patients who wait more than a year.",
    "We will work with the college and local employers to offer more apprenticeships, especially in care, construction, engineering and green energy.",
    "We will keep the leisure centre open for swimming, dance, boxing and other classes for all ages.",
    "We will meet local groups every year, including tenants' groups, managing agents and the crews themselves, who know the streets best."
  ]
})
