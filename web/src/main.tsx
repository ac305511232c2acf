import { render } from 'preact'
import './style.css'
import { href, useRoute } from './route.ts'
import { ActorSearch, ActorView } from './views/actor.tsx'
import { AnalyseView } from './views/analyse.tsx'
import { ArticleView_, EventView } from './views/article.tsx'
import { BoardView } from './views/board.tsx'
import { SearchView } from './views/search.tsx'
import { TimelineView } from './views/timeline.tsx'

const NAV = [
  ['board', 'Channels'],
  ['actors', 'Actors'],
  ['search', 'Search'],
  ['analyse', 'Analyse'],
] as const

const App = () => {
  const route = useRoute()
  const view = (() => {
    switch (route.view) {
      case 'timeline':
        return <TimelineView route={route} />
      case 'article':
        return <ArticleView_ route={route} />
      case 'event':
        return <EventView route={route} />
      case 'actor':
        return <ActorView route={route} />
      case 'actors':
        return <ActorSearch route={route} />
      case 'search':
        return <SearchView route={route} />
      case 'analyse':
        return <AnalyseView />
      default:
        return <BoardView route={route} />
    }
  })()
  return (
    <>
      <a class="skip" href="#main" onClick={(e) => (e.preventDefault(), document.getElementById('main')?.focus())}>
        Skip to content
      </a>
      <header class="top">
        <h1>
          <a href={href('board')}>Overture</a>
        </h1>
        <nav aria-label="main">
          {NAV.map(([v, label]) => (
            <a key={v} href={href(v)} aria-current={route.view === v || (v === 'board' && route.view === 'board') ? 'page' : undefined}>
              {label}
            </a>
          ))}
        </nav>
      </header>
      <main id="main" tabIndex={-1}>
        {view}
      </main>
    </>
  )
}

render(<App />, document.getElementById('app')!)
