import {ruleCases} from './cases.js'

ruleCases('split-that', {
  "invalid": [
    {
      "input": "We will introduce a wellbeing action plan that improves the physical and mental wellbeing of our people.",
      "output": [
        "We will introduce a wellbeing action plan.",
        "This plan improves the physical and mental wellbeing of our people."
      ]
    }
  ],
  "valid": [
    "Our aim can be summed up in a phrase that residents used again and again at every meeting this year.",
    "We will find a way that keeps every officer safe on the night shift in the town centre."
  ],
  "offered": [
    {
      "input": "This is so that a short illness does not turn into an emergency that ends in a long hospital stay.",
      "offered": "This is so that a short illness does not turn into an emergency. This emergency ends in a long hospital stay."
    }
  ]
})
