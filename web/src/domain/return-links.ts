// What the links to the monthly return say, on My actions and the board's dashboard. DOM-free (return-links.test.ts);
// apart from return-words.ts because these pages are in the app everyone downloads, and the rest loads with the
// return's own pages.

/** The links to the monthly return and the one sentence that says what to do with it. */
export function returnLinkWords(reviewLabel: string, mine: boolean): { sentence: string; download: string; upload: string } {
  return mine
    ? {
        sentence: `Working offline? Download your items for ${reviewLabel} as a spreadsheet, fill in the Score, Update, Update date and Evidence columns, and upload it: you will see what it changes before anything is saved.`,
        download: 'Download your return (Excel)',
        upload: 'Upload your filled-in return',
      }
    : {
        sentence: `For updates gathered offline: download every item for ${reviewLabel} as a spreadsheet, fill in the Score, Update, Update date and Evidence columns, and upload it. You will see what it changes before anything is saved, and a score someone changed since the download is never overwritten.`,
        download: 'Download the return for all items (Excel)',
        upload: 'Upload your filled-in return',
      };
}
