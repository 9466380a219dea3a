import { createRouter, createWebHistory } from 'vue-router'
import { may, resume, session, whenSessionEnds } from './api'
import SignIn from './views/SignIn.vue'
import Home from './views/Home.vue'
import KindList from './views/KindList.vue'
import Requests from './views/Requests.vue'

export const router = createRouter({
  history: createWebHistory('/console/'),
  routes: [
    { path: '/sign-in', component: SignIn, meta: { open: true } },
    { path: '/', component: Home },
    { path: '/requests', component: Requests },
    { path: '/territory', component: () => import('./views/Territory.vue'), meta: { needs: 'TERRITORY_READ' } },
    { path: '/tokens', component: () => import('./views/Tokens.vue'), meta: { needs: 'TOKENS_MANAGE' } },
    { path: '/imports', component: () => import('./views/Imports.vue'), meta: { needs: 'RESIDENT_READ' } },
    { path: '/audit', component: () => import('./views/AuditLog.vue'), meta: { needs: 'AUDIT_READ' } },
    { path: '/field', component: () => import('./views/Field.vue'), meta: { needs: 'VISIT_WRITE' } },
    // The policy screens load when first opened: the chart library stays out of the first screen's download.
    { path: '/compliance', component: () => import('./views/Compliance.vue'), meta: { needs: 'POLICY_READ' } },
    { path: '/policy', component: () => import('./views/PolicyAdmin.vue'), meta: { needs: 'POLICY_MANAGE' } },
    // A kind's path may have two segments (territory/nodes).
    { path: '/kinds/:kind(.*)', component: KindList, props: true },
  ],
})

router.beforeEach(async (to) => {
  if (to.meta.open) return true
  if (!session.value && !(await resume())) return { path: '/sign-in', query: { next: to.fullPath } }
  // A screen the user's role has no use for is not shown; the API would refuse its data anyway.
  return !to.meta.needs || may(to.meta.needs as string) ? true : { path: '/' }
})

whenSessionEnds(() => {
  router.push({ path: '/sign-in', query: { ended: '1' } })
})
