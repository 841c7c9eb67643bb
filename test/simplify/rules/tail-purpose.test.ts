import {ruleCases} from './cases.js'

ruleCases('tail-purpose', {
  "invalid": [
    {
      "input": "The strategy will be looked at again in full in 2028 to take in new evidence and national policy, with a new strategy to start in 2031.",
      "output": [
        "The strategy will be looked at again in full in 2028.",
        "This is to take in new evidence and national policy, with a new strategy to start in 2031."
      ]
    },
    {
      "input": "The council will work with bus operators to simplify fares and to extend evening services across the county.",
      "output": [
        "The council will work with bus operators.",
        "This is to simplify fares and to extend evening services across the county."
      ]
    },
    {
      "input": "Our Local Police Plan priorities will be reviewed every year to make sure they remain current, meaningful and supportive of the wider partnership aims.",
      "output": [
        "Our Local Police Plan priorities will be reviewed every year.",
        "This is to make sure they remain current, meaningful and supportive of the wider partnership aims."
      ]
    },
    {
      "input": "We will work with local employers and the college to create more apprenticeships for young people.",
      "output": [
        "We will work with local employers and the college.",
        "This is to create more apprenticeships for young people."
      ]
    },
    {
      "input": "Street lighting will be checked every month to make sure that broken lamps are repaired quickly.",
      "output": [
        "Street lighting will be checked every month.",
        "This is to make sure that broken lamps are repaired quickly."
      ]
    }
  ],
  "valid": [
    "We will improve the paths in the park, while continuing to run the summer play scheme that so many families enjoy.",
    "Since 2020 we have planted over 20,000 trees in the town and helped hundreds of families to make their homes cheaper to heat.",
    "We plan to open two new libraries in the east of the town and to improve opening hours at the others.",
    "We intend to repair the old footbridge over the river quickly and to widen the path beside the canal.",
    "We want to encourage staff to try new ways of working with the young people of the town.",
    "We will always give our staff the chance to train with partners and learn new skills together.",
    "If you remain dissatisfied, you are entitled to refer your complaint to the independent ombudsman.",
    "Families on low incomes will remain entitled to claim free school meals for their children.",
    "Every tenant will be eligible to apply for the new repairs grant from next April onwards.",
    "Our staff will be well equipped to support older residents who live alone in the borough.",
    "Progress will be measured through the proportion of patients with high blood pressure treated to target, and the gap in early deaths between the richest and poorest areas.",
    "Performance will be reported against the waiting times, the number of patients with no criteria to reside in hospital, and the delays at the front door.",
    "We will publish the criteria to qualify for a parking permit on the council website next year.",
    "The plan will be reviewed in 2027 to make sure it still reflects what residents need, and any changes will be agreed by the full council."
  ],
  "offered": [
    {
      "input": "We will run a small grants scheme, a yearly training day and set up a forum with partners to build trust between the groups in the town.",
      "offered": "We will run a small grants scheme, a yearly training day and set up a forum with partners. This is to build trust between the groups in the town."
    },
    {
      "input": "We'll use the national quality criteria to judge each park, because they are well known and residents can compare them.",
      "offered": "We'll use the national quality criteria. This is to judge each park, because they are well known and residents can compare them."
    },
    {
      "input": "We will work with pharmacies and local groups across the county to raise it to 60% by 2029, offering checks in shops and libraries.",
      "offered": "We will work with pharmacies and local groups across the county. This is to raise it to 60% by 2029."
    }
  ]
})
