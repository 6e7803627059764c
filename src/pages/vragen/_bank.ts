/** Loads the `vragen` collection as one flat bank (used by the pages in this folder). */
import { getCollection } from 'astro:content';
import { buildBank, type Bank } from '../../lib/questions/bank.ts';

export async function loadBank(): Promise<Bank> {
  const entries = await getCollection('vragen');
  return buildBank(entries.map((e) => e.data));
}
