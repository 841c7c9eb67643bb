/**
 * Words never looked up in the emoji keywords: the small words of every sentence, and words a plan uses for ideas
 * a picture cannot show well ("change", "time", "plan"). An emoji tag such as "change" → coral is a wrong picture,
 * and easy read would rather show no picture than a wrong one. (Data apart from logic: a list, nothing else.)
 */
export const abstractWords: ReadonlySet<string> = new Set(
  `a about above across after again against all also an and any are area as at be been before being below between both
  but by can could did do does doing done down during each even ever every few for from further had has have having
  he her here him his how i if in into is it its itself just more most much must my no nor not now of off on once
  only or other our ours out over own same she should so some such than that the their them then there these they
  this those through to too under until up upon very was we were what when where which while who whom why will with
  would you your yours
    able account action actions activity activities approach aim aims area areas aspect basis better change changes
  continue continued deliver delivered delivering delivery develop developed development effect effective effort
  ensure focus framework further good great group groups high impact improve improved improvement include including
  increase issue issues key level levels like local long make making means measure measures need needs new number
  part partner partners people place plan plans point priority priorities process provide range reduce reduced
  result results right service services short support take thing things time times together type use used using
  way ways well work working year years watch star second light match mark bank record`
    .split(/\s+/)
    .filter((word) => word !== '')
)
