import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { PHASES, ROLE_IDS, THEME_IDS } from './lib/content/taxonomy';

/** Guide chapters: content/gids/<slug>.mdx, rendered at /gids/<slug>/. */
const gids = defineCollection({
  loader: glob({ pattern: '**/*.mdx', base: './content/gids' }),
  schema: z.object({
    title: z.string().min(3),
    description: z.string().min(30).max(170),
    /** Position in the reading order (1 = first). */
    order: z.number().int().positive(),
    /** One line shown on the overview page. */
    summary: z.string().min(10).max(200),
    /** Last content change, YYYY-MM-DD. */
    updated: z.coerce.date(),
  }),
});

const question = z.object({
  /** Stable id, never reused: <theme-prefix>-<nn>. */
  id: z.string().regex(/^[a-z]+-\d{2,3}$/),
  text: z.string().min(10),
  role: z.enum(ROLE_IDS),
  /** One of the seven phases (1 = opening … 7 = afsluiting). */
  phase: z.number().int().min(1).max(PHASES.length),
  followUps: z.array(z.string().min(5)).default([]),
  keywords: z.array(z.string().min(2)).default([]),
  /** Why ask this: one or two short sentences, shown with the question. */
  why: z.string().min(20).max(260),
  /** Can touch health or private life: shown with a warning (no such details in a report). */
  sensitive: z.boolean().default(false),
});

/** Question bank: content/vragen/<theme>.yaml, one file per theme. */
const vragen = defineCollection({
  loader: glob({ pattern: '**/*.{yaml,yml}', base: './content/vragen' }),
  schema: z.object({
    theme: z.enum(THEME_IDS),
    intro: z.string().min(10),
    questions: z.array(question).min(1),
  }),
});

/** FAQ entries: content/faq/<slug>.yaml, one per question. */
const faq = defineCollection({
  loader: glob({ pattern: '**/*.{yaml,yml}', base: './content/faq' }),
  schema: z.object({
    question: z.string().min(5),
    /** Plain text, paragraphs separated by a blank line. */
    answer: z.string().min(20),
    order: z.number().int(),
    keywords: z.array(z.string()).default([]),
    /** Official sources for the legal statements in the answer, shown as plain links under it. */
    sources: z
      .array(z.object({ label: z.string().min(5), href: z.string().regex(/^https:\/\/[^\s]+$/) }))
      .default([]),
  }),
});

export const collections = { gids, vragen, faq };
