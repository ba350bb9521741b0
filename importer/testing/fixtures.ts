/** French test articles (written for these tests) and the pages and feeds that carry them. */
export const GANTZ_PARAGRAPHS = [
  'Le ministre israélien de la Défense, Benny Gantz, est arrivé mardi à Rabat pour une visite officielle au Maroc, la première d’un responsable israélien de ce rang depuis la normalisation des relations entre les deux pays.',
  'M. Gantz doit signer un accord de coopération sécuritaire avec son homologue marocain, selon un communiqué du ministère. Cette visite intervient dans un contexte de fortes tensions entre le Maroc et l’Algérie.',
  'L’accord prévoit un cadre pour les échanges de renseignement et les achats d’équipements. « C’est une étape importante », a déclaré Gantz à son arrivée, cité par la presse israélienne.',
];

export const TOUR_PARAGRAPHS = [
  'Le coureur slovène Tadej Pogacar a remporté dimanche la dernière étape du Tour de France à Paris, devant le Danois Jonas Vingegaard, au terme de trois semaines de course sous une chaleur écrasante.',
  'Pogacar, âgé de vingt-deux ans, a dominé la montagne dès les Alpes et n’a jamais laissé ses adversaires revenir au classement général, a souligné le directeur de la course lors de la cérémonie.',
  'Les organisateurs ont salué une édition suivie par des millions de spectateurs au bord des routes, malgré les restrictions sanitaires qui pesaient encore sur les rassemblements dans plusieurs régions.',
];

export const CAFE_PARAGRAPHS = [
  'À Lyon, le café de la place Bellecour a rouvert ses portes après deux années de travaux, au grand plaisir des habitués qui s’y retrouvaient chaque matin avant d’aller travailler.',
  'Le propriétaire, Jean-François Lavoie, explique avoir gardé le comptoir d’origine en zinc et les banquettes en moleskine, achetées à un brocanteur de la région il y a quarante ans.',
  'La municipalité espère que la réouverture redonnera de l’élan au quartier, où plusieurs commerces ont baissé le rideau pendant la crise, selon l’adjointe chargée du commerce.',
];

export const ENGLISH_PARAGRAPHS = [
  'The prime minister said on Tuesday that the government would present a new budget to parliament in the spring, after weeks of negotiations with the opposition parties and the unions.',
  'Critics of the plan have argued that it does not go far enough to protect the most vulnerable households, which have been hit hard by the rising cost of energy and food this year.',
  'The opposition leader told reporters that her party was ready to work with the government but that it would not support any measure that cut public services in the poorest regions.',
];

const paragraphs = (list: readonly string[]) => list.map((p) => `<p>${p}</p>`).join('\n');

export function articlePage(options: { title: string; paragraphs: readonly string[]; head?: string; lang?: string; subheading?: string; charset?: string }): string {
  const [first, ...rest] = options.paragraphs;
  return `<!doctype html><html lang="${options.lang ?? 'fr'}"><head>${options.charset ? `<meta charset="${options.charset}">` : '<meta charset="utf-8">'}
<title>${options.title} | Le Quotidien</title>${options.head ?? ''}</head>
<body><header><nav><ul><li><a href="/">Accueil</a></li><li><a href="/monde">Monde</a></li><li><a href="/sport">Sport</a></li></ul></nav></header>
<main><article><h1>${options.title}</h1>
<p>${first ?? ''}</p>
${options.subheading ? `<h2>${options.subheading}</h2>` : ''}
${paragraphs(rest)}
</article></main>
<footer><p>© Le Quotidien — <a href="/mentions">Mentions légales</a></p></footer></body></html>`;
}

export const homePage = `<!doctype html><html lang="fr"><head><title>Le Quotidien</title></head><body><nav><ul>${Array.from(
  { length: 40 },
  (_, i) => `<li><a href="/article-${i}">Titre ${i}</a></li>`,
).join('')}</ul></nav></body></html>`;

export function rssFeed(items: Array<{ title: string; link: string; pubDate: string; content?: string; description?: string }>): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel>
<title>Le Quotidien — International</title><link>http://example.invalid/</link><language>fr-FR</language>
${items
  .map(
    (i) => `<item><title>${i.title}</title><link>${i.link.replace(/&/g, '&amp;')}</link><pubDate>${i.pubDate}</pubDate>
${i.description ? `<description>${i.description}</description>` : ''}${i.content ? `<content:encoded><![CDATA[${i.content}]]></content:encoded>` : ''}</item>`,
  )
  .join('\n')}
</channel></rss>`;
}

export function atomFeed(entries: Array<{ title: string; link: string; updated: string; html?: string }>): string {
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="fr"><title>Le Quotidien — Régions</title><id>urn:quotidien:regions</id><updated>2021-07-19T08:00:00Z</updated>
${entries
  .map(
    (e) => `<entry><title>${e.title}</title><link rel="alternate" href="${e.link}"/><id>${e.link}</id><updated>${e.updated}</updated>
${e.html ? `<content type="html">${e.html.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')}</content>` : '<summary>Lire la suite.</summary>'}</entry>`,
  )
  .join('\n')}
</feed>`;
}

export const htmlParagraphs = paragraphs;
