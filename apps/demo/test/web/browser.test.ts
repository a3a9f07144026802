import { mkdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ChatPageFixture, LONG_QUESTION, startChatPage } from '../support/chat-page.ts';
import { ensureChromium, type LaunchedChromium, launchChromium } from '../support/chromium.ts';

// The chat page in a real Chromium (Debian's, installed by the setup when missing), against the
// in-process emulator: streamed text, HCX-007 reasoning, a tool card, stop (the upstream request is
// aborted), errors, the LangChain engine, and screenshots in .test-results/ (git-ignored).
const ARTIFACTS = fileURLToPath(new URL('../../.test-results/', import.meta.url));
const WAIT = { timeout: 30_000 };

let fixture: ChatPageFixture;
let browser: LaunchedChromium;
let page: Page;

beforeAll(async () => {
  const executablePath = ensureChromium();
  fixture = await startChatPage();
  browser = await launchChromium(executablePath);
  page = await browser.context.newPage();
  await page.goto(fixture.server.url);
  await page.getByTestId('target').waitFor(WAIT);
  // Records each length the newest answer paragraph goes through, to see text arrive in steps.
  await page.evaluate(() => {
    const seen: number[] = [];
    (window as unknown as { answerLengths: number[] }).answerLengths = seen;
    new MutationObserver(() => {
      const answers = document.querySelectorAll('[data-testid="answer"]');
      const length = answers[answers.length - 1]?.textContent?.length ?? 0;
      if (length > 0 && seen[seen.length - 1] !== length) seen.push(length);
    }).observe(document.body, { subtree: true, childList: true, characterData: true });
  });
}, 600_000); // on a new machine this installs Chromium first

afterAll(async () => {
  await browser?.close();
  await fixture?.close();
});

/** Asks a question and waits until its answer shows its usage line (it finished). */
async function ask(question: string): Promise<void> {
  const before = await page.getByTestId('message-assistant').count();
  await page.evaluate(() => {
    (window as unknown as { answerLengths: number[] }).answerLengths.length = 0;
  });
  await page.getByTestId('input').fill(question);
  await page.getByTestId('send').click();
  await page.getByTestId('message-assistant').nth(before).getByTestId('usage').waitFor(WAIT);
}

const lastAnswer = () => page.getByTestId('message-assistant').last();
const answerLengths = () =>
  page.evaluate(() => [...(window as unknown as { answerLengths: number[] }).answerLengths]);

describe('the chat page in Chromium', () => {
  it('streams an answer in several steps, with a tool card showing the tool output', async () => {
    await ask('What will the weather be like in Seoul tomorrow?');
    const card = lastAnswer().getByTestId('tool-card');
    await expect(card.getAttribute('data-tool')).resolves.toBe('get_weather');
    await expect(card.getByTestId('tool-output').textContent()).resolves.toContain('Seoul');
    await expect(card.getByTestId('tool-summary').textContent()).resolves.toMatch(/Seoul.*°C/);
    const lengths = await answerLengths();
    expect(lengths.length).toBeGreaterThanOrEqual(3);
    expect(lengths).toEqual([...lengths].sort((a, b) => a - b));
    await expect(lastAnswer().getByTestId('usage').textContent()).resolves.toMatch(
      /HCX-005 · AI SDK · \d+ in · \d+ out/,
    );
  });

  it('shows HCX-007 reasoning in a collapsible block before the answer', async () => {
    await page.getByTestId('model').selectOption('HCX-007');
    await ask('Why is the sky blue? Explain briefly.');
    const reasoning = lastAnswer().getByTestId('reasoning');
    await expect(reasoning.count()).resolves.toBe(1);
    await expect(reasoning.locator('p').textContent()).resolves.not.toBe('');
    await expect(lastAnswer().getByTestId('answer').textContent()).resolves.not.toBe('');
    await expect(lastAnswer().getByTestId('usage').textContent()).resolves.toMatch(/reasoning/);
    expect((await answerLengths()).length).toBeGreaterThanOrEqual(3);
    // Collapsed once done; a click opens it.
    await expect(reasoning.getAttribute('open')).resolves.toBeNull();
    await reasoning.locator('summary').click();
    await expect(reasoning.getAttribute('open')).resolves.toBe('');
    await mkdir(ARTIFACTS, { recursive: true });
    await page.screenshot({ path: `${ARTIFACTS}chat-page-laptop.png` });
  });

  it('stops mid-answer, and the emulator saw the upstream request aborted', async () => {
    await page.getByTestId('model').selectOption('HCX-005');
    await page.getByTestId('input').fill(LONG_QUESTION);
    await page.getByTestId('send').click();
    await lastAnswer().getByTestId('answer').waitFor(WAIT);
    await page.getByTestId('stop').click();
    await page.getByTestId('send').waitFor(WAIT);
    const emulator = fixture.target.emulator;
    await expect
      .poll(
        () =>
          emulator?.requests.some(
            (request) => request.aborted && JSON.stringify(request.body).includes(LONG_QUESTION),
          ),
        WAIT,
      )
      .toBe(true);
    await expect(lastAnswer().getByTestId('usage').count()).resolves.toBe(0);
  });

  it('shows a 429 and a bad key as readable messages', async () => {
    await page.getByTestId('simulate').selectOption('rate-limit');
    await page.getByTestId('input').fill('Hello');
    await page.getByTestId('send').click();
    await expect(page.getByTestId('error').last().textContent(WAIT)).resolves.toMatch(
      /rate limiting.*HTTP 429/,
    );
    await page.getByTestId('simulate').selectOption('bad-key');
    await page.getByTestId('input').fill('Hello again');
    await page.getByTestId('send').click();
    await page.getByTestId('error').filter({ hasText: 'API key' }).waitFor(WAIT);
    await expect(page.getByTestId('error').last().textContent()).resolves.toMatch(
      /rejected the API key.*HTTP 401/,
    );
    await page.getByTestId('simulate').selectOption('');
  });

  it('answers through the LangChain engine, and saves screenshots', async () => {
    await page.getByTestId('engine-langchain').click();
    await ask('Calculate 1234 multiply 56');
    await expect(lastAnswer().getByTestId('answer').last().textContent()).resolves.not.toBe('');
    await expect(lastAnswer().getByTestId('tool-output').textContent()).resolves.toContain('69104');
    await expect(lastAnswer().getByTestId('usage').textContent()).resolves.toContain('LangChain');

    await page.screenshot({ path: `${ARTIFACTS}chat-page-langchain.png` });
    await page.setViewportSize({ width: 390, height: 844 });
    await page.screenshot({ path: `${ARTIFACTS}chat-page-phone.png` });
  });
});
