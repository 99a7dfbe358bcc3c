/**
 * Attachments never open as pages of the app: an HTML file with a meta refresh is shown as
 * plain text inside the entry, a PNG in an <img>, anything else is saved as a download.
 */
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { attachmentView } from '../../../src/domain/conduct/attachment';
import { addContact } from '../../../src/storage/repos/contacts-repo';
import { makeContactFields } from '../../../src/testing/factories';
import { renderApp } from '../../../src/testing/render-app';
import { freshDb } from '../../../src/testing/test-db';

const SLOW = { timeout: 5000 };
const HOSTILE_HTML =
  '<meta http-equiv="refresh" content="0;url=https://example.com/"><img src="https://example.com/x.png"><p>催收截图</p>';

function fileOf(name: string, type: string, text: string) {
  const bytes = new TextEncoder().encode(text);
  return { name, type, size: bytes.byteLength, arrayBuffer: () => Promise.resolve(bytes.buffer) };
}

beforeEach(async () => {
  await freshDb();
});
afterEach(() => {
  vi.restoreAllMocks();
});

describe('attachmentView', () => {
  it.each([
    ['image/png', 'image'],
    ['image/JPEG', 'image'],
    ['image/svg+xml', 'text'],
    ['text/html', 'text'],
    ['text/html; charset=utf-8', 'text'],
    ['application/xhtml+xml', 'text'],
    ['text/plain', 'text'],
    ['application/pdf', 'download'],
    ['audio/mp4', 'download'],
    ['', 'download'],
  ])('%s → %s', (type, view) => {
    expect(attachmentView(type)).toBe(view);
  });
});

describe('opening an attachment', () => {
  it('shows an HTML file as plain text in the page and never opens a window', async () => {
    const opened = vi.spyOn(window, 'open').mockReturnValue(null);
    const user = userEvent.setup();
    const id = await addContact(makeContactFields({ quote: '附件测试' }), [
      fileOf('page.html', 'text/html', HOSTILE_HTML),
    ]);
    renderApp(`/conduct/entries/${id}`);
    await user.click(await screen.findByRole('button', { name: '打开' }, SLOW));
    const shown = await screen.findByText(HOSTILE_HTML, undefined, SLOW);
    expect(shown.tagName).toBe('PRE');
    expect(document.querySelector('meta[http-equiv="refresh"]')).toBeNull();
    expect(document.querySelector('img[src^="https://"]')).toBeNull();
    expect(opened).not.toHaveBeenCalled();
  });

  it('draws a PNG in an <img> inside the entry', async () => {
    const user = userEvent.setup();
    const id = await addContact(makeContactFields({ quote: '图片' }), [fileOf('shot.png', 'image/png', 'png')]);
    renderApp(`/conduct/entries/${id}`);
    await user.click(await screen.findByRole('button', { name: '打开' }, SLOW));
    const img = await screen.findByRole('img', { name: 'shot.png' }, SLOW);
    expect(img.getAttribute('src')).toMatch(/^blob:/);
  });

  it('offers anything else as a download, not "open"', async () => {
    const id = await addContact(makeContactFields({ quote: '录音' }), [fileOf('call.m4a', 'audio/mp4', 'm4a')]);
    renderApp(`/conduct/entries/${id}`);
    expect(await screen.findByRole('button', { name: '下载' }, SLOW)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: '打开' })).toBeNull();
  });
});
