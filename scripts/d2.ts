import { shippedLevel } from '../src/levels/registry';
const L = shippedLevel('the-fair');
console.log(L.model.serviceAccountsPerStaff, L.model.serviceTrustLoss, Object.keys(L.model).length);
