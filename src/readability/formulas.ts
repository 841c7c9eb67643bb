import {flesch} from 'flesch'
import {fleschKincaid} from 'flesch-kincaid'
import {gunningFog} from 'gunning-fog'
import {smogFormula} from 'smog-formula'
import {colemanLiau} from 'coleman-liau'
import {automatedReadability} from 'automated-readability'
import {daleChallFormula, daleChallGradeLevel} from 'dale-chall-formula'
import {spacheFormula} from 'spache-formula'
import type {FormulaScores, SentenceCounts} from './types.js'

/** UK reading age = US grade + 5. */
export const gradeToAge = 5

/** The raw value of every formula for `sentences` sentences with these counts. */
export function scoreCounts(counts: SentenceCounts, sentences = 1): FormulaScores {
  const base = {sentence: sentences, word: counts.words}
  return {
    fleschReadingEase: flesch({...base, syllable: counts.syllables}),
    fleschKincaidGrade: fleschKincaid({...base, syllable: counts.syllables}),
    gunningFog: gunningFog({...base, complexPolysillabicWord: counts.complexWords}),
    smog: smogFormula({sentence: sentences, polysillabicWord: counts.polysyllables}),
    colemanLiau: colemanLiau({...base, letter: counts.letters}),
    automatedReadability: automatedReadability({...base, character: counts.characters}),
    daleChall: daleChallFormula({...base, difficultWord: counts.daleChallUnfamiliar}),
    spache: spacheFormula({...base, unfamiliarWord: counts.spacheUnfamiliar})
  }
}

/** Each grade formula's value as a reading age; Flesch reading ease is a 0–100 scale and has none. */
export function readingAges(scores: FormulaScores): Partial<Record<keyof FormulaScores, number>> {
  const [low, high] = daleChallGradeLevel(scores.daleChall)
  const daleGrade = Number.isFinite(high) ? (low + high) / 2 : low
  return {
    fleschKincaidGrade: scores.fleschKincaidGrade + gradeToAge,
    gunningFog: scores.gunningFog + gradeToAge,
    smog: scores.smog + gradeToAge,
    colemanLiau: scores.colemanLiau + gradeToAge,
    automatedReadability: scores.automatedReadability + gradeToAge,
    daleChall: daleGrade + gradeToAge,
    spache: scores.spache + gradeToAge
  }
}

export function median(values: readonly number[]): number {
  const sorted = values.filter(Number.isFinite).sort((a, b) => a - b)
  if (sorted.length === 0) return Number.NaN
  const middle = sorted.length >> 1
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2
}
