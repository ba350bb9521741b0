/** The "?" beside the search box: the query syntax in French, with examples. Works without JavaScript. */
export function SearchHelp() {
  return (
    <details className="search-help">
      <summary aria-label="Aide sur la syntaxe de recherche" title="Aide sur la syntaxe de recherche">
        ?
      </summary>
      <div className="search-help-body">
        <p>Tous les mots sont requis ; majuscules et accents sont ignorés, pluriels et féminins trouvés.</p>
        <dl>
          <dt>
            <code>&quot;ministre des Armées&quot;</code>
          </dt>
          <dd>l’expression exacte : ces mots, dans cet ordre, côte à côte.</dd>
          <dt>
            <code>gaz -Espagne</code>
          </dt>
          <dd>les paragraphes sur le gaz qui ne contiennent pas « Espagne ».</dd>
          <dt>
            <code>Sahara -&quot;Polisario&quot; -&quot;mer du Nord&quot;</code>
          </dt>
          <dd>exclut aussi une expression entière.</dd>
          <dt>
            <code>Saint-Louis</code>, <code>algéro-marocain</code>
          </dt>
          <dd>un trait d’union dans un mot n’exclut rien.</dd>
        </dl>
        <p>
          Si aucun paragraphe ne contient tous les mots, les derniers mots sont retirés un à un, et la page le
          signale.
        </p>
      </div>
    </details>
  );
}

/** The hints under the search box: while typing (with JavaScript) and before it. */
export const LIVE_SEARCH_HINT = (
  <>
    Recherche pendant la saisie · touche <kbd>/</kbd> pour revenir ici · <kbd>↑</kbd> <kbd>↓</kbd> entre les
    résultats
  </>
);
export const SUBMIT_SEARCH_HINT = 'Appuyez sur Entrée pour rechercher';
