import { createRouter, createWebHistory } from 'vue-router'
import { resume, session, whenSessionEnds } from './api'
import SignIn from './views/SignIn.vue'
import Home from './views/Home.vue'
import KindList from './views/KindList.vue'

export const router = createRouter({
  history: createWebHistory('/console/'),
  routes: [
    { path: '/sign-in', component: SignIn, meta: { open: true } },
    { path: '/', component: Home },
    // A kind's path may have two segments (territory/nodes).
    { path: '/kinds/:kind(.*)', component: KindList, props: true },
  ],
})

router.beforeEach(async (to) => {
  if (to.meta.open || session.value) return true
  return (await resume()) ? true : { path: '/sign-in', query: { next: to.fullPath } }
})

whenSessionEnds(() => {
  router.push({ path: '/sign-in', query: { ended: '1' } })
})
